-- Uncached risk rankings for wrk (issue 12): every request asks GET /api/v1/risk for a perspective and a date drawn
-- from the lists below, so the server's response cache cannot answer it (a request that sets `on` is never cached).
-- 24 perspectives × 1,096 dates (2024-01-01 .. 2026-12-31) = 26,304 distinct requests; each wrk thread draws its own
-- seeded sequence, so a run is repeatable. Every non-2xx answer is counted as an error and printed.
-- Usage: wrk -t2 -c16 -d60s --latency -s tools/load/risk.lua http://127.0.0.1:PORT
local perspectives = {
  "US", "JP", "DE", "FR", "GB", "KR", "IN", "CA", "AU", "BR", "CN", "IT",
  "ES", "NL", "SE", "PL", "MX", "ZA", "ID", "VN", "TR", "SA", "AE", "NO"
}
local thread_count = 0
setup = function(thread)
  thread_count = thread_count + 1
  thread:set("seed", thread_count)
end
init = function(args)
  math.randomseed(seed or 1)
end
local function date(offset)
  -- days after 2024-01-01, as an ISO date (os.date on a UTC noon timestamp avoids DST edges)
  return os.date("!%Y-%m-%d", 1704110400 + offset * 86400)
end
request = function()
  local p = perspectives[math.random(#perspectives)]
  local on = date(math.random(0, 1095))
  return wrk.format("GET", "/api/v1/risk?perspective=" .. p .. "&on=" .. on)
end
errors = 0
response = function(status, headers, body)
  if status >= 300 then
    errors = errors + 1
    print("non-2xx " .. status)
  end
end
