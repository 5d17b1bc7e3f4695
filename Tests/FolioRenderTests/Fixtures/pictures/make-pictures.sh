#!/bin/sh
# Writes the test images of Tests/FolioRenderTests/PictureColourTests.swift:
# #D02020 stored in the PNG colour types and depths a careless export gives.
# Rebuild (ImageMagick 6): sh make-pictures.sh
set -e
convert -size 32x24 xc:'#D02020' -depth 16 PNG48:rgb16.png
convert -size 32x24 xc:'#D02020' -depth 16 -alpha on -channel A -evaluate set 100% PNG64:rgba16.png
convert -size 32x24 xc:'#D02020' xc:'#2020D0' -append -define png:color-type=3 PNG8:palette.png
# Grey 0x80 at full opacity, stored as grey + alpha (colour type 4).
convert -size 32x24 xc:'#808080' -colorspace Gray -alpha on -define png:color-type=4 grey-alpha.png
# 3000 × 2000 pixels, far more than a small placement needs (PlacedPixels reduces them).
convert -size 3000x2000 xc:'#D02020' -quality 50 big.jpg
convert -size 3000x2000 xc:'#D02020' big.png
