package dev.mizan.workbench.agreement;

import dev.mizan.agreement.AgreementReport;
import dev.mizan.store.AtomicFiles;

import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Saves the report shown, in the format the file chooser or the file name asks for. */
final class ReportSaving {
    private ReportSaving() {
    }

    /** Writes the report atomically, so a failed save never leaves half a file. */
    static void save(AgreementReport report, ReportFormat format, Path file) throws IOException {
        AtomicFiles.write(file, format.render(report).getBytes(StandardCharsets.UTF_8));
    }

    /** Asks for a file (HTML, CSV or JSON) and saves the session's report there. */
    static void chooseAndSave(AgreementSession session, JComponent parent) {
        AgreementDashboard dashboard = session.dashboard().orElse(null);
        if (dashboard == null) {
            return;
        }
        AgreementTexts texts = session.texts();
        JFileChooser chooser = new JFileChooser(session.project().map(p -> p.store().root().toFile()).orElse(null));
        chooser.setDialogTitle(texts.get("save.title"));
        chooser.setAcceptAllFileFilterUsed(false);
        FileNameExtensionFilter html = new FileNameExtensionFilter(texts.get("save.html"), "html", "htm");
        chooser.addChoosableFileFilter(html);
        chooser.addChoosableFileFilter(new FileNameExtensionFilter(texts.get("save.csv"), "csv"));
        chooser.addChoosableFileFilter(new FileNameExtensionFilter(texts.get("save.json"), "json"));
        chooser.setFileFilter(html);
        chooser.setSelectedFile(new java.io.File("agreement-report.html"));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        String chosenExtension = ((FileNameExtensionFilter) chooser.getFileFilter()).getExtensions()[0];
        ReportFormat format = ReportFormat.ofFileName(file.getFileName().toString())
                .orElse(ReportFormat.ofFileName("x." + chosenExtension).orElse(ReportFormat.HTML));
        if (ReportFormat.ofFileName(file.getFileName().toString()).isEmpty()) {
            file = file.resolveSibling(file.getFileName() + "." + format.extension());
        }
        try {
            save(dashboard.report(), format, file);
            session.context().showStatus(texts.format("status.saved", file));
        } catch (IOException | RuntimeException e) {
            JOptionPane.showMessageDialog(parent, texts.format("error.save", file, String.valueOf(e.getMessage())),
                    "Mizan", JOptionPane.ERROR_MESSAGE);
        }
    }
}
