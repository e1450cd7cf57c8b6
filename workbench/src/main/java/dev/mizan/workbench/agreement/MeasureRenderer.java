package dev.mizan.workbench.agreement;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import java.awt.Component;

/** Shows a measure id in a combo box by its name for people. */
final class MeasureRenderer extends DefaultListCellRenderer {
    private final AgreementTexts texts;

    MeasureRenderer(AgreementTexts texts) {
        this.texts = texts;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        return super.getListCellRendererComponent(list, value == null ? "" : texts.measure((String) value), index, selected, focus);
    }
}
