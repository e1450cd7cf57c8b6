#!/usr/bin/env bash
# Builds hello-plugin.jar against a built Mizan (run ./mizan once first) and installs it in the
# plugins folder of your Mizan home (MIZAN_HOME, or ~/.config/mizan).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MIZAN="$HERE/../.."
CP="$MIZAN/workbench/target/mizan.jar:$MIZAN/workbench/target/lib/*"
OUT="$HERE/target"
rm -rf "$OUT" && mkdir -p "$OUT/classes"
javac --release 17 -cp "$CP" -d "$OUT/classes" $(find "$HERE/src/main/java" -name '*.java')
cp -r "$HERE/src/main/resources/." "$OUT/classes/"
jar --create --file "$OUT/hello-plugin.jar" -C "$OUT/classes" .
DEST="${MIZAN_HOME:-$HOME/.config/mizan}/plugins"
mkdir -p "$DEST" && cp "$OUT/hello-plugin.jar" "$DEST/"
echo "Installed $DEST/hello-plugin.jar; restart Mizan to load it."
