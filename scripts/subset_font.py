#!/usr/bin/env python3
"""Cuts the UI fonts (Inter, from Debian's fonts-inter) down to the glyphs the app can show.

The set is: every character used in the asset texts, plus whole ranges a person may type
into a name field (Basic Latin, Latin-1, Latin Extended-A: Finnish and Swedish letters and
most European names), typographic quotes and dashes, and the euro sign. The same ranges
are given to ImGui's font atlas (src/ui/fonts.cpp), so nothing typed renders as '?'.
"""
import argparse, json, pathlib, subprocess, sys

FONT_DIR = pathlib.Path("/usr/share/fonts/opentype/inter")
FACES = {"ui-regular.otf": "Inter-Regular.otf", "ui-semibold.otf": "Inter-SemiBold.otf"}
RANGES = ["U+0020-007E", "U+00A0-017F", "U+2010-2027", "U+2030-203A", "U+20AC",
          "U+2190-2193", "U+2212", "U+2713", "U+03B1"]

def text_chars(paths):
    chars = set()
    def walk(node):
        if isinstance(node, str):
            chars.update(node)
        elif isinstance(node, dict):
            for v in node.values(): walk(v)
        elif isinstance(node, list):
            for v in node: walk(v)
    for p in paths:
        walk(json.loads(pathlib.Path(p).read_text(encoding="utf-8")))
    return "".join(sorted(c for c in chars if c.isprintable()))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("assets", nargs="*")
    args = ap.parse_args()
    out = pathlib.Path(args.out_dir); out.mkdir(parents=True, exist_ok=True)
    text = text_chars(args.assets)
    for target, source in FACES.items():
        subprocess.run(["pyftsubset", str(FONT_DIR / source), f"--output-file={out / target}",
                        f"--unicodes={','.join(RANGES)}", f"--text={text}",
                        # No layout tables: ImGui 1.90 applies no kerning or ligatures.
                        "--layout-features=", "--no-hinting", "--desubroutinize",
                        "--name-IDs=1,2", "--notdef-outline"], check=True)
    return 0

if __name__ == "__main__":
    sys.exit(main())
