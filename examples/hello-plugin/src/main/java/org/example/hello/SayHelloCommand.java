package org.example.hello;

import dev.mizan.workbench.shell.CommandContribution;
import dev.mizan.workbench.shell.WorkbenchContext;

/** A command: greets the annotator in the status bar. Ctrl+Alt+H, menu Help, and Quick Access. */
public final class SayHelloCommand implements CommandContribution {
    @Override
    public String id() {
        return "hello.command.sayHello";
    }

    @Override
    public String name() {
        return "Say Hello";
    }

    @Override
    public String keyBinding() {
        return "ctrl alt H";
    }

    @Override
    public String menuPath() {
        return "help";
    }

    @Override
    public void run(WorkbenchContext ctx) {
        String doc = ctx.activeEditor().map(s -> s.document().title()).orElse("no document");
        ctx.showStatus("Hello, " + ctx.annotator() + " (" + doc + ")");
    }
}
