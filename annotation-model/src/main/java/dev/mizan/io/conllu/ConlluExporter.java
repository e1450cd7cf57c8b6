package dev.mizan.io.conllu;

import dev.mizan.io.export.TaggedTokenFiles;
import dev.mizan.io.export.TokenTagger;
import dev.mizan.spi.ExportData;
import dev.mizan.spi.ExportOptions;
import dev.mizan.spi.ExportReport;
import dev.mizan.spi.Exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * CoNLL-U: ten tab-separated columns per word, the tag of one span layer in MISC as {@code NER=B-PER}
 * (with {@code SpaceAfter=No} where the text has no space), {@code # newdoc id}, {@code # sent_id} and
 * {@code # text} comments. With clitic splitting a word such as "وموسكو" becomes a multiword token
 * line {@code 1-2} followed by its syntactic words "و" and "موسكو". No syntax is claimed: LEMMA to DEPS are {@code _}.
 */
public final class ConlluExporter implements Exporter {
    @Override
    public String id() {
        return "conllu";
    }

    @Override
    public String description() {
        return "CoNLL-U with NER=B-PER in MISC and multiword tokens for split clitics";
    }

    @Override
    public ExportReport export(ExportData data, ExportOptions options, Path outDir) throws IOException {
        return TaggedTokenFiles.write(data, options, outDir, "conllu",
                options.tokenLayer() + " layer as NER= in MISC, " + options.scheme(), 4, ConlluExporter::write);
    }

    static void write(TokenTagger.TaggedDocument doc, StringBuilder out) {
        out.append("# newdoc id = ").append(doc.document().id()).append('\n');
        int n = 0;
        for (TokenTagger.TaggedSentence s : doc.sentences()) {
            n++;
            out.append("# sent_id = ").append(doc.document().id()).append('-').append(String.valueOf(n)).append('\n');
            out.append("# text = ").append(text(s)).append('\n');
            List<TokenTagger.Tagged> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                TokenTagger.Tagged t = tokens.get(i);
                if (!t.wholeWord() && t.begin() == t.wordBegin()) {
                    int last = i;
                    while (last + 1 < tokens.size() && tokens.get(last + 1).word() == t.word()) {
                        last++;
                    }
                    out.append(String.valueOf(i + 1)).append('-').append(String.valueOf(last + 1)).append('\t')
                            .append(doc.document().text(), t.wordBegin(), t.wordEnd())
                            .append("\t_\t_\t_\t_\t_\t_\t_\t").append(tokens.get(last).spaceAfter() ? "_" : "SpaceAfter=No")
                            .append('\n');
                }
                out.append(String.valueOf(i + 1)).append('\t').append(t.text()).append("\t_\t_\t_\t_\t_\t_\t_\t")
                        .append("NER=").append(t.tag());
                if (t.wholeWord() && !t.spaceAfter()) {
                    out.append("|SpaceAfter=No");
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }

    /** The sentence as its words and the single spaces between them, as {@code # text} must read. */
    private static String text(TokenTagger.TaggedSentence s) {
        StringBuilder sb = new StringBuilder();
        List<TokenTagger.Tagged> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            TokenTagger.Tagged t = tokens.get(i);
            sb.append(t.text());
            if (t.spaceAfter() && i + 1 < tokens.size()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
