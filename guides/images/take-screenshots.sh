#!/usr/bin/env bash
# Retakes the screenshots of the guides: the workbench light/dark × English/Arabic, Quick Access,
# the editor, and the Agreement and Curate perspectives (the last three through the tools in
# workbench/src/test/java: EditorScreenshot, AgreementScreenshot, CurateScreenshot).
# Runs under Xvfb with openbox (apt-get install xvfb xauth openbox fonts-hosny-amiri).
# The workbench shots use the sample project plus the annotations in fixture/ (amira's work in progress).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$HERE/../.."
if [ "${1:-}" != "--inside-xvfb" ]; then
  "$ROOT/mizan" --version >/dev/null   # builds the jar when needed
  (cd "$ROOT" && mvn -B -q -o -pl workbench -am test-compile) >&2   # the screenshot tools
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --inside-xvfb
fi
openbox >/dev/null 2>&1 &
WM=$!
sleep 0.5
WORK="$(mktemp -d)"
trap 'kill $WM 2>/dev/null; rm -rf "$WORK"' EXIT
cp -r "$ROOT/sample-projects/syria-russia-visit" "$WORK/project"
cp -r "$HERE/fixture/annotations" "$WORK/project/"
shot() { # theme lang file [extra options...]
  local theme=$1 lang=$2 file=$3; shift 3
  MIZAN_HOME="$WORK/home" java -Dmizan.annotator=amira -Dmizan.theme="$theme" -Dmizan.lang="$lang" \
    -jar "$ROOT/workbench/target/mizan.jar" open "$WORK/project" --screenshot "$HERE/$file" \
    --screenshot-document 01-putin-backs-syria-unity --screenshot-select s5 "$@"
}
shot light en workbench-light-en.png
shot dark en workbench-dark-en.png
shot light ar workbench-light-ar.png
shot dark ar workbench-dark-ar.png
shot light en quick-access.png --screenshot-quick-access "annot"
TOOLS="$ROOT/workbench/target/test-classes:$ROOT/workbench/target/mizan.jar"
tool() { # class output "system properties" [arguments...]
  local class=$1 out=$2 props=$3; shift 3
  # The tools find the sample project from the workbench module's folder, as the tests do.
  # shellcheck disable=SC2086 # the properties are words on purpose
  (cd "$ROOT/workbench" && java -cp "$TOOLS" $props "$class" "$HERE/$out" "$@")
}
tool dev.mizan.workbench.editor.EditorScreenshot editor.png ""
tool dev.mizan.workbench.editor.EditorScreenshot editor-dark.png "" dark
tool dev.mizan.workbench.agreement.AgreementScreenshot agreement-perspective-light.png -Dmizan.theme=light stance
tool dev.mizan.workbench.agreement.AgreementScreenshot agreement-perspective-dark.png -Dmizan.theme=dark stance
tool dev.mizan.workbench.curation.CurateScreenshot curate-perspective-light.png -Dmizan.theme=light
tool dev.mizan.workbench.curation.CurateScreenshot curate-perspective-dark.png -Dmizan.theme=dark
tool dev.mizan.workbench.curation.CurateScreenshot curate-perspective-ar.png "-Dmizan.theme=light -Dmizan.lang=ar -Dmizan.annotator=lead"
