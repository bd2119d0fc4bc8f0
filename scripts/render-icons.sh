#!/usr/bin/env bash
# Renders assets/icon.svg into the PNG, ICO and ICNS icons electron-builder packages.
# Needs Debian's librsvg2-bin, imagemagick and icnsutils (apt-get install …); run after editing
# the SVG and commit the results: builds do not depend on these tools.
set -euo pipefail
cd "$(dirname "$0")/../assets"
mkdir -p icons
rsvg-convert -w 1024 -h 1024 icon.svg -o icon.png
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
# ImageMagick's own binary: some machines put a different `convert` first on PATH.
/usr/bin/convert icons/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}.png icon.ico
png2icns icon.icns icons/{16x16,32x32,48x48,128x128,256x256,512x512}.png icon.png >/dev/null
echo "icons: assets/icon.png, assets/icons/*.png, assets/icon.ico, assets/icon.icns"
