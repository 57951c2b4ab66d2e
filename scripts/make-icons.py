#!/usr/bin/env python3
"""Draws the app's icons into web/icons/ (PNG, no dependencies beyond the standard library).

    python3 scripts/make-icons.py [--out web/icons]

The motif: a light speech bubble with an upward arrow (a conversation that helps someone
grow), overlapping a second, teal bubble behind it (the other person in the conversation),
on a deep-teal tile. Shapes are signed distance functions; each pixel's coverage comes from
its distance to the edge, which gives clean anti-aliasing at every size without
supersampling.

Outputs (committed, so a build never needs to run this):
  icon-192.png, icon-512.png      "any" purpose: rounded tile, transparent corners
  icon-maskable-512.png           "maskable": full-bleed tile, motif inside the central 80%
  apple-touch-icon.png (180)      opaque full-bleed (iOS rounds the corners itself)
  favicon-32.png                  browser tab

Palette (web/README.md; the same colours as the C++ theme, src/ui/theme.hpp):
  tile #0E6A73 -> #084950 (primary teal to its pressed shade), back bubble #5DBDB3 (light
  teal), front bubble #F5F7F8 (the app's background), arrow #0E6A73.
"""
import argparse
import math
import os
import struct
import zlib


def hex_rgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (0, 2, 4))


TILE_TOP = hex_rgb("#0E6A73")
TILE_BOTTOM = TILE_TOP  # flat: the icons are precached on a first visit, and flat colour packs small
BACK_BUBBLE = hex_rgb("#5DBDB3")
FRONT_BUBBLE = hex_rgb("#F5F7F8")
ARROW = hex_rgb("#0E6A73")


# ------------------------------------------------------------------ signed distances
# All in "design units": the motif is laid out on a 100 x 100 square, y pointing down.

def sd_round_box(px, py, cx, cy, hw, hh, r):
    qx = abs(px - cx) - (hw - r)
    qy = abs(py - cy) - (hh - r)
    ox, oy = max(qx, 0.0), max(qy, 0.0)
    return math.hypot(ox, oy) + min(max(qx, qy), 0.0) - r


def sd_polygon(px, py, pts):
    """Exact signed distance to a simple polygon (after Inigo Quilez's sdPolygon)."""
    d = (px - pts[0][0]) ** 2 + (py - pts[0][1]) ** 2
    s = 1.0
    n = len(pts)
    j = n - 1
    for i in range(n):
        ex, ey = pts[j][0] - pts[i][0], pts[j][1] - pts[i][1]
        wx, wy = px - pts[i][0], py - pts[i][1]
        t = max(0.0, min(1.0, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
        bx, by = wx - ex * t, wy - ey * t
        d = min(d, bx * bx + by * by)
        c1 = py >= pts[i][1]
        c2 = py < pts[j][1]
        c3 = ex * wy > ey * wx
        if (c1 and c2 and c3) or (not c1 and not c2 and not c3):
            s = -s
        j = i
    return s * math.sqrt(d)


def bubble(cx, cy, hw, hh, r, tail):
    """A rounded box plus a tail polygon (union), with a small fillet where they meet."""
    def sd(px, py):
        a = sd_round_box(px, py, cx, cy, hw, hh, r)
        b = sd_polygon(px, py, tail) - 1.2  # rounded tip
        k = 3.0  # smooth union
        h = max(k - abs(a - b), 0.0) / k
        return min(a, b) - h * h * k * 0.25
    return sd


# Back bubble: up and to the right, tail pointing down-right.
BACK = bubble(60, 34, 27, 21, 12, [(68, 48), (80, 48), (91, 67)])
# Front bubble: down and to the left, tail pointing down-left.
FRONT = bubble(42, 52, 30, 24, 13, [(22, 65), (42, 67), (16, 88)])
# Upward arrow inside the front bubble (head polygon + shaft box), slightly rounded.
ARROW_HEAD = [(42, 33.5), (54.5, 47.5), (29.5, 47.5)]


def sd_arrow(px, py):
    head = sd_polygon(px, py, ARROW_HEAD) - 1.5
    shaft = sd_round_box(px, py, 42, 56, 4.6, 11, 2.0)
    return min(head, shaft)


def sd_front_outline(px, py):
    # A ring of tile colour around the front bubble separates it from the back bubble.
    return FRONT(px, py) - 2.6


# ------------------------------------------------------------------ rendering

COVERAGE_LEVELS = 15  # anti-aliasing steps: few enough for an indexed-colour PNG


def coverage(d, px_per_unit):
    """Pixel coverage from a signed distance in design units, in COVERAGE_LEVELS steps."""
    c = max(0.0, min(1.0, 0.5 - d * px_per_unit))
    return round(c * COVERAGE_LEVELS) / COVERAGE_LEVELS


def render(size, motif_scale, rounded_tile):
    """Returns RGBA bytes. motif_scale: fraction of the icon the 100-unit motif spans."""
    rows = []
    motif_px = size * motif_scale
    ppu = motif_px / 100.0  # pixels per design unit
    off = (size - motif_px) / 2.0
    tile_r = size * 0.22
    for y in range(size):
        row = bytearray()
        row.append(0)  # PNG filter: none
        sy = y + 0.5
        t = y / max(size - 1, 1)
        tile_rgb = tuple(TILE_TOP[i] * (1 - t) + TILE_BOTTOM[i] * t for i in range(3))
        for x in range(size):
            sx = x + 0.5
            if rounded_tile:
                a_tile = coverage(sd_round_box(sx, sy, size / 2, size / 2, size / 2, size / 2, tile_r), 1.0)
            else:
                a_tile = 1.0
            r, g, b = tile_rgb
            if a_tile > 0.0:
                ux, uy = (sx - off) / ppu, (sy - off) / ppu
                if -5 < ux < 105 and -5 < uy < 105:
                    layers = (
                        (BACK_BUBBLE, BACK(ux, uy)),
                        (tile_rgb, sd_front_outline(ux, uy)),
                        (FRONT_BUBBLE, FRONT(ux, uy)),
                        (ARROW, sd_arrow(ux, uy)),
                    )
                    for colour, d in layers:
                        c = coverage(d, ppu)
                        if c > 0.0:
                            r = r * (1 - c) + colour[0] * c
                            g = g * (1 - c) + colour[1] * c
                            b = b * (1 - c) + colour[2] * c
            row += bytes((round(r * 255), round(g * 255), round(b * 255), round(a_tile * 255)))
        rows.append(bytes(row))
    return b"".join(rows)


def write_png(path, size, rgba_rows):
    """An indexed-colour PNG (palette + transparency) when the icon has at most 256
    colours, which the stepped anti-aliasing ensures; 8-bit RGBA otherwise."""
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    stride = 1 + size * 4
    palette = {}
    indexed = bytearray()
    for y in range(size):
        row = rgba_rows[y * stride + 1:(y + 1) * stride]
        indexed.append(0)
        for i in range(0, len(row), 4):
            indexed.append(palette.setdefault(row[i:i + 4], len(palette)) % 256)
    if len(palette) <= 256:
        colours = sorted(palette, key=palette.get)
        ihdr = struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0)  # 8-bit palette
        body = chunk(b"IHDR", ihdr) + chunk(b"PLTE", b"".join(c[:3] for c in colours)) + \
            chunk(b"tRNS", bytes(c[3] for c in colours)) + chunk(b"IDAT", zlib.compress(bytes(indexed), 9))
    else:
        ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
        body = chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rgba_rows, 9))
    png = b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def motif_radius():
    """Farthest point of the motif from its centre, in design units (sampled every 0.25)."""
    far = 0.0
    steps = 480
    for j in range(steps + 1):
        for i in range(steps + 1):
            ux, uy = -10 + 120 * i / steps, -10 + 120 * j / steps
            if min(BACK(ux, uy), FRONT(ux, uy)) < 0.0:
                far = max(far, math.hypot(ux - 50, uy - 50))
    return far


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(here, "..", "web", "icons"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    # The motif spans 100 units; its farthest point from the centre is about 52 units
    # (the front tail's tip). Maskable: the safe zone is a circle of radius 40% of the
    # icon, so 0.72 of the size keeps everything within it (52 * 0.72 = 37% < 40%).
    outputs = [
        ("icon-192.png", 192, 0.78, True),
        ("icon-512.png", 512, 0.78, True),
        ("icon-maskable-512.png", 512, 0.72, False),
        ("apple-touch-icon.png", 180, 0.72, False),
        ("favicon-32.png", 32, 0.86, True),
    ]
    far = motif_radius()
    maskable_scale = outputs[2][2]
    # Maskable safe zone: a centred circle whose radius is 40% of the icon's size.
    assert far * maskable_scale / 100.0 <= 0.40, "motif leaves the maskable safe zone"
    print(f"maskable: motif reaches {far * maskable_scale:.1f}% of the size from the centre "
          "(safe zone: 40%)")
    for name, size, scale, rounded in outputs:
        write_png(os.path.join(args.out, name), size, render(size, scale, rounded))
        print("wrote", os.path.join(args.out, name))


if __name__ == "__main__":
    main()
