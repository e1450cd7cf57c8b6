package dev.mizan.spi;

/**
 * What the user asked for, as far as importers need to know.
 *
 * @param annotator    the annotator the annotations belong to, or null when the files say it
 * @param perUserFiles true when each file holds one user's annotations and is named after the user
 *                     (doccano's and INCEpTION's per-user exports)
 */
public record ImportOptions(String annotator, boolean perUserFiles) {
    public static ImportOptions defaults() {
        return new ImportOptions(null, false);
    }

    public ImportOptions withAnnotator(String name) {
        return new ImportOptions(name, perUserFiles);
    }
}
