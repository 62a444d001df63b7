package lodestone.sim.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.sim.scenario.Behaviour;

/**
 * The episodes shipped with Lodestone, as YAML files under {@code lodestone/sim/backtest/} on the classpath; the caller
 * reads them ({@link Texts}).
 */
public final class Episodes {
    /**
     * The episode ids, in the order they were added. {@code cn-minor-metals-2025}, {@code cn-ree-minor-2025},
     * {@code cd-cobalt-2025} (the DRC's cobalt export suspension, the first issuer other than China),
     * {@code id-nickel-ore-2020} (Indonesia's nickel ore export ban, announced four months before it took effect),
     * {@code cn-antimony-2024} (China's antimony licensing, announced a month before it took effect),
     * {@code cn-ree-quota-2010} (China's cut of its rare-earth export quota for the second half of 2010, a volume cap
     * rather than a licence), {@code id-bauxite-2023} (Indonesia's bauxite export ban, announced six months before it
     * took effect), {@code id-nickel-ore-2014} (Indonesia's first nickel ore ban, made firm five weeks before it took
     * effect), {@code mm-tin-2023} (Wa State's suspension of all mining, Myanmar's tin, announced three and a half
     * months before it took effect), {@code ph-nickel-ore-2017} (the Philippines' closure and suspension orders on
     * mines, most of them nickel ore mines, in force when announced, their enforcement disputed), {@code id-tin-2024}
     * (Indonesia's three-year mining work plans not approved when 2024 began, halting its refined tin),
     * {@code gn-bauxite-2025} (Guinea's revocation of mining licences in May 2025, its bauxite exports at risk),
     * {@code mm-ree-2024} (the Kachin Independence Army's seizure of Myanmar's rare-earth mines, October 2024),
     * {@code zw-lithium-2022} (Zimbabwe's ban on exports of unprocessed lithium ore, December 2022) and
     * {@code id-bauxite-2014} (Indonesia's first bauxite export ban, made firm five weeks before it took effect on 12
     * January 2014), {@code my-bauxite-2016} (Malaysia's three-month moratorium on bauxite mining in Pahang from 15
     * January 2016, announced nine days before, its extension uncertain), {@code id-tin-2013} (Indonesia's rule that
     * tin ingots be traded on a domestic exchange before export from 30 August 2013, published two months before, the
     * exchanges' readiness uncertain), {@code cn-magnesium-2021} (the curbs on Yulin's magnesium smelters of 13
     * September 2021, a cut of the issuer's output to the end of 2021 stated as a tonnage quota whose withheld share is
     * never made), {@code mm-ree-2021} (China's closure of its border crossings with Myanmar from 8 July 2021 after
     * COVID-19 cases in Ruili, which stopped Myanmar's rare earths), {@code ru-aluminium-2018} (the US Treasury's
     * designation of Rusal on 6 April 2018, with a wind-down licence to 5 June whose renewal was unknown),
     * {@code cd-tin-2025} (Alphamin's halt of its Bisie tin mine in North Kivu from 13 March 2025 as M23 rebels
     * advanced, with no term named), {@code au-manganese-2024} (Tropical Cyclone Megan's halt of GEMCO's manganese
     * mining and exports on Groote Eylandt from 16 March 2024, a storm's damage rather than a policy, its length
     * unknown), {@code cn-silicon-2021} (Yunnan's dual-control curbs of 11 September 2021 holding its silicon metal
     * output to a tenth of August's to the end of 2021, a cut of the issuer's output stated as one),
     * {@code nc-nickel-2024} (the unrest in New Caledonia from 13 May 2024, which halted its nickel mining, processing
     * and shipping, stated as a cut of the issuer's output with no term named), {@code id-copper-2014} (Indonesia's
     * licence and progressive export duty for copper concentrate from 12 January 2014, the approvals of Freeport and
     * Newmont not yet held), {@code pa-copper-2023} (the blockade of Cobre Panamá's port from 13 November 2023 and
     * the Supreme Court's ruling of 28 November 2023 voiding its contract, a halt of Panama's copper concentrate stated
     * as a cut of the issuer's output with no stated end), {@code mz-graphite-2024} (the protests at Syrah's Balama
     * graphite operation in Mozambique from late September 2024, declared force majeure on 11 December 2024, a cut of
     * the issuer's output with no term named), {@code ga-manganese-2023} (the coup in Gabon of 30 August 2023, which
     * stopped Comilog's manganese mining and railway for a day and closed the borders, Owendo's ore exports with them,
     * until further notice), {@code pe-copper-2023} (the blockades of Peru's southern mining
     * corridor in the protests after President Castillo's removal, Las Bambas to halt from 1 February 2023, a cut of
     * part of the issuer's copper concentrate output with no stated end), {@code za-platinum-2014} (the AMCU union's
     * wage strike at Amplats, Implats and Lonmin from 23 January 2014, a cut of part of South Africa's platinum mine
     * output with no end known, the producers' stocks bridging the first weeks), {@code ru-palladium-2021} (the flooding
     * of Nornickel's Oktyabrsky and Taimyrsky mines and the Norilsk Concentrator's collapse of February 2021, a cut of
     * part of Russia's refined palladium for months, Nornickel's stocks bridging it), {@code ne-uranium-2023}
     * (ECOWAS's closure of its borders with Niger from 30 July 2023 after the coup, which stops SOMAÏR's uranium
     * concentrate reaching Cotonou, with no end stated), {@code cl-copper-2017} (the strike at Escondida, the world's
     * largest copper mine, from 9 February 2017, with BHP's force majeure on its shipments, a cut of part of Chile's
     * mined copper with no end known), {@code ca-nickel-2009} (the United Steelworkers' strike at
     * Vale Inco's Sudbury and Port Colborne operations from 13 July 2009, joined at Voisey's Bay from 1 August, a cut of
     * part of Canada's nickel output with no end known) and {@code id-nickel-rkab-2024} (Indonesia's three-year mining
     * work plans not approved for most miners when 2024 began, a cut of its nickel ore output falling on its home market,
     * whose smelters buy a share of the loss on the outside market) are built from ex-ante evidence only and hold no rows
     * of their
     * own: their
     * outcome rows come from separate records (blind
     * records 10 to 43, development records since each was scored once, and later records scored with
     * {@code --observations}).
     */
    public static final List<String> IDS = List.of(
            "cn-ga-ge-2023",
            "cn-graphite-2023",
            "cn-ga-ge-sb-us-ban-2024",
            "cn-ree-2025-04",
            "cn-minor-metals-2025",
            "cn-ree-minor-2025",
            "cd-cobalt-2025",
            "id-nickel-ore-2020",
            "cn-antimony-2024",
            "cn-ree-quota-2010",
            "id-bauxite-2023",
            "id-nickel-ore-2014",
            "mm-tin-2023",
            "ph-nickel-ore-2017",
            "id-tin-2024",
            "gn-bauxite-2025",
            "mm-ree-2024",
            "zw-lithium-2022",
            "id-bauxite-2014",
            "my-bauxite-2016",
            "id-tin-2013",
            "cn-magnesium-2021",
            "mm-ree-2021",
            "ru-aluminium-2018",
            "cd-tin-2025",
            "au-manganese-2024",
            "cn-silicon-2021",
            "nc-nickel-2024",
            "id-copper-2014",
            "pa-copper-2023",
            "mz-graphite-2024",
            "ga-manganese-2023",
            "pe-copper-2023",
            "za-platinum-2014",
            "ru-palladium-2021",
            "ne-uranium-2023",
            "cl-copper-2017",
            "ca-nickel-2009",
            "id-nickel-rkab-2024");

    /**
     * The development records: held-out rows written blind for the shipped episodes, each scored once before use and
     * used since for calibration and the model error (classpath resources {@link #developmentResource}): blind records
     * 5 to 43 ({@code docs/research/backtest-blindN/}, copied unchanged; records 10 to 43 hold the ex-ante episodes'
     * rows).
     */
    public static final List<String> DEVELOPMENT = List.of(
            "backtest-blind5",
            "backtest-blind6",
            "backtest-blind7",
            "backtest-blind8",
            "backtest-blind9",
            "backtest-blind10",
            "backtest-blind11",
            "backtest-blind12",
            "backtest-blind13",
            "backtest-blind14",
            "backtest-blind15",
            "backtest-blind16",
            "backtest-blind17",
            "backtest-blind18",
            "backtest-blind19",
            "backtest-blind20",
            "backtest-blind21",
            "backtest-blind22",
            "backtest-blind23",
            "backtest-blind24",
            "backtest-blind25",
            "backtest-blind26",
            "backtest-blind27",
            "backtest-blind28",
            "backtest-blind29",
            "backtest-blind30",
            "backtest-blind31",
            "backtest-blind32",
            "backtest-blind33",
            "backtest-blind34",
            "backtest-blind35",
            "backtest-blind36",
            "backtest-blind37",
            "backtest-blind38",
            "backtest-blind39",
            "backtest-blind40",
            "backtest-blind41",
            "backtest-blind42",
            "backtest-blind43");

    private Episodes() {}

    /** The text of an episode file, read by the caller (the engine does no I/O). */
    @FunctionalInterface
    public interface Texts {
        /**
         * @param resource the classpath resource {@link #resource} names
         * @return its YAML text
         */
        String text(String resource);
    }

    /**
     * @param texts reads the episode files
     * @param catalogue the minerals known
     * @param behaviour the behaviour of markets that do not override it
     * @return every shipped episode
     */
    public static List<Episode> load(Texts texts, MineralCatalogue catalogue, Behaviour behaviour) {
        List<Episode> episodes = new ArrayList<>();
        for (String id : IDS) {
            episodes.add(EpisodeReader.read(texts.text(resource(id)), id + ".yaml", catalogue, behaviour));
        }
        return episodes;
    }

    /**
     * Every development row beside the episodes' own: what the calibration chooses the behaviour on.
     *
     * @param texts reads the episode and development files
     * @param catalogue the minerals known
     * @param behaviour the behaviour of markets that do not override it
     * @return every shipped episode, with the development records' rows added to their episodes
     */
    public static List<Episode> withDevelopment(Texts texts, MineralCatalogue catalogue, Behaviour behaviour) {
        List<Episode> all = load(texts, catalogue, behaviour);
        for (String record : DEVELOPMENT) {
            String resource = developmentResource(record);
            Map<String, List<Observation>> extra = EpisodeReader.readExtra(texts.text(resource), resource, all);
            all = all.stream()
                    .map(e -> e.withMoreObservations(extra.getOrDefault(e.id(), List.of())))
                    .toList();
        }
        return all;
    }

    /**
     * @param record a development record's id (one of {@link #DEVELOPMENT})
     * @return the classpath resource holding its YAML text
     */
    public static String developmentResource(String record) {
        return "lodestone/sim/backtest/development/" + record + ".yaml";
    }

    /**
     * @param id an episode id
     * @return the classpath resource holding its YAML text
     * @throws IllegalArgumentException if there is no such episode
     */
    public static String resource(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException(
                    "episode (" + id + ") is not known; episodes: " + String.join(", ", IDS) + ".");
        }
        return "lodestone/sim/backtest/" + id + ".yaml";
    }
}
