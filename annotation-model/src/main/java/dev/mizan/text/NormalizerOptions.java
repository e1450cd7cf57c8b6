package dev.mizan.text;

/**
 * What {@link ArabicNormalizer} folds. The defaults fold everything except ة → ه, which changes
 * meaning too often (مدرسة / مدرسه) to be on unless asked for.
 *
 * @param removeDiacritics  remove harakat, tanween, shadda, sukun, superscript alef
 * @param removeTatweel     remove the kashida ـ
 * @param unifyAlef         أ إ آ ٱ → ا
 * @param alefMaksuraToYa   ى → ي (and Persian ی → ي)
 * @param taMarbutaToHa     ة → ه
 * @param asciiDigits       Arabic-Indic and Persian digits → ASCII; ٫ → . and ٬ → ,
 * @param unifySpaces       NBSP and other space separators → a plain space
 * @param removeInvisible   remove zero-width and bidi control characters (ZWJ, ZWNJ, LRM, RLM, BOM…)
 */
public record NormalizerOptions(boolean removeDiacritics, boolean removeTatweel, boolean unifyAlef,
                                boolean alefMaksuraToYa, boolean taMarbutaToHa, boolean asciiDigits,
                                boolean unifySpaces, boolean removeInvisible) {

    /** Everything on except ة → ه. */
    public static final NormalizerOptions DEFAULT =
            new NormalizerOptions(true, true, true, true, false, true, true, true);

    /** The same options with ة → ه switched on or off. */
    public NormalizerOptions withTaMarbutaToHa(boolean on) {
        return new NormalizerOptions(removeDiacritics, removeTatweel, unifyAlef, alefMaksuraToYa, on,
                asciiDigits, unifySpaces, removeInvisible);
    }
}
