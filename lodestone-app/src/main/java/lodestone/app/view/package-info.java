/**
 * Views: plain records built from a snapshot for output. The same record is rendered as JSON (its fields as named
 * here), as a table for people, and as CSV rows.
 */
package lodestone.app.view;
