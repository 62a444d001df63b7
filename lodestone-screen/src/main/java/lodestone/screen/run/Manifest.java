package lodestone.screen.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import lodestone.model.Sha256;
import lodestone.screen.ScreenException;
import lodestone.screen.cell.CellComputation;
import lodestone.screen.job.JobCodec;
import lodestone.screen.job.ScreenJob;

/**
 * The manifest of a results directory ({@value ResultLayout#MANIFEST}): which screen the results belong to and what
 * they depend on. A run refuses a directory whose manifest differs from its own, so results of another spec, of another
 * state of the knowledge base or of another version of the simulator are never mixed.
 *
 * @param screen the screen's id
 * @param fingerprint SHA-256 (hex) of the job as {@link JobCodec} writes it, the computation's version and the schema's
 * @param computation the computation's version ({@link CellComputation#version()})
 * @param schema the results schema's version ({@link ResultSchema#VERSION})
 * @param cells the number of cells in the screen
 */
public record Manifest(String screen, String fingerprint, String computation, String schema, long cells) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param job a job
     * @return its manifest
     */
    public static Manifest of(ScreenJob job) {
        String text = JobCodec.write(job) + "\n" + CellComputation.version() + "\n" + ResultSchema.VERSION;
        return new Manifest(
                job.spec().id(), Sha256.hex(text), CellComputation.version(), ResultSchema.VERSION, job.cellCount());
    }

    /** @return the manifest as JSON text */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("screen", screen);
        node.put("fingerprint", fingerprint);
        node.put("computation", computation);
        node.put("schema", schema);
        node.put("cells", cells);
        return node.toPrettyString() + "\n";
    }

    /**
     * @param text a manifest's JSON text
     * @param origin where it was read from, for messages
     * @return the manifest
     * @throws ScreenException if it is not a manifest
     */
    public static Manifest parse(String text, String origin) {
        try {
            JsonNode node = JSON.readTree(text);
            for (String field : List.of("screen", "fingerprint", "computation", "schema", "cells")) {
                if (node == null || !node.hasNonNull(field)) {
                    throw new ScreenException(origin, List.of(field + " (missing) is required in a results manifest."));
                }
            }
            return new Manifest(
                    node.get("screen").asText(),
                    node.get("fingerprint").asText(),
                    node.get("computation").asText(),
                    node.get("schema").asText(),
                    node.get("cells").asLong());
        } catch (JsonProcessingException e) {
            throw new ScreenException(origin, List.of("cannot parse the results manifest: " + e.getOriginalMessage()));
        }
    }

    /**
     * @param existing the manifest found in a results directory
     * @param where the directory, for the message
     * @throws IllegalArgumentException if it is not this manifest, saying what differs
     */
    public void requireSameAs(Manifest existing, String where) {
        if (existing.equals(this)) {
            return;
        }
        String what = !existing.screen.equals(screen)
                ? "screen " + existing.screen + ", not " + screen
                : !existing.computation.equals(computation)
                        ? "another version of the simulator (" + existing.computation + ")"
                        : !existing.schema.equals(schema)
                                ? "another results schema (" + existing.schema + ")"
                                : "another job of screen " + screen + " (fingerprint " + existing.fingerprint + ", this"
                                        + " job's " + fingerprint + ")";
        throw new IllegalArgumentException("the results in " + where + " belong to " + what + ".\nMaybe the spec or"
                + " the knowledge base changed since: write to another results directory, or delete this one to start"
                + " again.");
    }
}
