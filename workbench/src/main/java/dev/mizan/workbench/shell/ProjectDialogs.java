package dev.mizan.workbench.shell;

import dev.mizan.model.DefaultSchema;
import dev.mizan.store.ProjectStore;
import dev.mizan.store.StoreException;
import dev.mizan.workbench.app.Messages;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import java.awt.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Choosing a project folder to open, or a new folder to create a project in. */
final class ProjectDialogs {
    private ProjectDialogs() {
    }

    static Optional<Path> chooseProject(Component parent, Messages m) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(m.get("dialog.openProject"));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path dir = chooser.getSelectedFile().toPath();
        if (!Files.isRegularFile(dir.resolve(ProjectStore.PROJECT_FILE))) {
            JOptionPane.showMessageDialog(parent, m.format("error.notAProject", dir), "Mizan", JOptionPane.ERROR_MESSAGE);
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    static Optional<Path> createProject(Component parent, Messages m) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(m.get("dialog.newProject"));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path dir = chooser.getSelectedFile().toPath();
        try {
            ProjectStore.create(dir, dir.getFileName().toString(), DefaultSchema.load());
            return Optional.of(dir);
        } catch (IOException | StoreException e) {
            JOptionPane.showMessageDialog(parent, e.getMessage(), "Mizan", JOptionPane.ERROR_MESSAGE);
            return Optional.empty();
        }
    }
}
