#!/usr/bin/env bash
# Lints the deployment files with tools that run offline once installed from npm: the Dockerfile with dockerfile-utils
# (the linter behind VS Code's Dockerfile support), the AKS manifests against the Kubernetes API schemas. The Bicep
# compiler is not obtainable from the registries these machines reach: the bicep files are checked by the structural
# tests in tests/Concierge.WebFront.Tests/Deployment instead.
set -euo pipefail
cd "$(dirname "$0")/.."
lint=scripts/deploy-lint
if ! command -v npm >/dev/null; then
  echo "lint-deploy: installing node and npm (apt-get)…"
  if [ "$(id -u)" -eq 0 ]; then sudo=; else sudo=sudo; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -d "$lint/node_modules" ]; then
  (cd "$lint" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
"$lint/node_modules/.bin/dockerfile-utils" lint Dockerfile
echo "Dockerfile: no problems (dockerfile-utils)"
node "$lint/lint-manifests.mjs" bicep/aks
