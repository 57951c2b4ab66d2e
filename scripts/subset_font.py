#!/usr/bin/env python3
"""Cuts the UI fonts (Inter, from Debian's fonts-inter) down to the glyphs the app can show.

The set is: every character used in the asset texts, plus whole ranges a person may type
into a name field (Basic Latin, Latin-1, Latin Extended-A: Finnish and Swedish letters and
most European names), typographic quotes and dashes, and the euro sign. The same ranges
are given to ImGui's font atlas (src/ui/fonts.cpp), so nothing typed renders as '?'.
"""
import argparse, json, pathlib, subprocess, sys

FONT_DIR = pathlib.Path("/usr/share/fonts/opentype/inter")
# The regular face carries everything a person may type; the semibold face (headings,
# emphasis) only Latin-1 and what the texts use. In the app, semibold text borrows the rest
# from the regular face (src/ui/fonts.cpp merges it), so a typed "Łukasz" still shows.
FULL_RANGES = ["U+0020-007E", "U+00A0-017F", "U+2010-2027", "U+2030-203A", "U+20AC",
               "U+2190-2193", "U+2212", "U+2713", "U+03B1"]
EMPHASIS_RANGES = ["U+0020-007E", "U+00A0-00FF", "U+2010-2027", "U+2030-203A", "U+20AC", "U+03B1"]
FACES = {"ui-regular.otf": ("Inter-Regular.otf", FULL_RANGES),
         "ui-semibold.otf": ("Inter-SemiBold.otf", EMPHASIS_RANGES)}

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
    for target, (source, ranges) in FACES.items():
        subprocess.run(["pyftsubset", str(FONT_DIR / source), f"--output-file={out / target}",
                        f"--unicodes={','.join(ranges)}", f"--text={text}",
                        # No layout tables: ImGui 1.90 applies no kerning or ligatures.
                        "--layout-features=", "--no-hinting", "--desubroutinize",
                        "--name-IDs=1,2", "--notdef-outline"], check=True)
    return 0

if __name__ == "__main__":
    sys.exit(main())
