package dev.mizan.workbench.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code mizan import}: Import texts and annotations (txt, jsonl, brat, webanno-tsv). (placeholder until its issue lands). */
@Command(name = "import", description = "Import texts and annotations (txt, jsonl, brat, webanno-tsv).")
final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'import' is not implemented yet");
    }
}
