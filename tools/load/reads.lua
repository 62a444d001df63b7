-- Mixed reads for wrk: the cached API documents and pages an analyst opens, in turn.
local paths = {
  "/api/v1/minerals/rare-earths", "/api/v1/minerals/gallium", "/api/v1/countries/CN", "/api/v1/sources",
  "/api/v1/minerals", "/api/v1/risk", "/api/v1/outlook/gallium", "/api/v1/scenarios", "/api/v1/lists",
  "/", "/minerals/graphite", "/agreements"
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
-- Every non-2xx answer is an error for this run.
response = function(status, headers, body)
  if status >= 300 then
    print("non-2xx " .. status)
  end
end
