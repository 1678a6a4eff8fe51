#!/usr/bin/env bash
# Lints the deployment files with tools that run offline once installed, from a fresh machine with only the .NET SDK:
#  - every .bicep file under bicep/ with the Bicep compiler (`bicep build` and `bicep lint`), from NuGet through
#    tools/BicepCli; any error or warning fails. A warning is accepted only in the bicep file itself, with
#    `#disable-next-line <code>` under a comment that says why;
#  - the Dockerfile with dockerfile-utils (the linter behind VS Code's Dockerfile support), from npm;
#  - the AKS manifests against the Kubernetes API schemas (kubernetes-models), from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- Bicep ---------------------------------------------------------------------------------------------------------
# tools/BicepCli/BicepCli.csproj only downloads the compiler's package (PackageDownload, restored into artifacts/, not
# built, not in Concierge.sln); the version lives there.
bicep_project=tools/BicepCli/BicepCli.csproj
bicep_version=$(sed -n 's/.*"Azure\.Bicep\.CommandLine\.linux-x64" Version="\[\([^]]*\)\]".*/\1/p' "$bicep_project")
bicep_packages=artifacts/tools/nuget
bicep="$bicep_packages/azure.bicep.commandline.linux-x64/$bicep_version/tools/bicep"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "lint-deploy: the Bicep compiler package used here is for linux-x64, this is $(uname -s)-$(uname -m)" >&2
  exit 1
fi
if [ ! -f "$bicep" ]; then
  echo "lint-deploy: restoring the Bicep CLI $bicep_version (NuGet)…"
  dotnet restore "$bicep_project" --packages "$bicep_packages" -nologo -v quiet >/dev/null
fi
chmod a+x "$bicep" # NuGet extracts it executable by its owner only

bicep_out=$(mktemp -d)
trap 'rm -rf "$bicep_out"' EXIT
bicep_files=0
bicep_problems=0
while IFS= read -r file; do
  bicep_files=$((bicep_files + 1))
  for command in build lint; do
    if [ "$command" = build ]; then
      # the ARM JSON goes to a temporary folder, never into the repository
      args=(build "$file" --outdir "$bicep_out")
    else
      args=(lint "$file")
    fi
    status=0
    output=$("$bicep" "${args[@]}" 2>&1) || status=$?
    if [ -n "$output" ]; then
      echo "$output"
    fi
    if [ "$status" -ne 0 ] || grep -qE ' : (Error|Warning) ' <<<"$output"; then
      echo "bicep $command $file: failed (exit $status)" >&2
      bicep_problems=$((bicep_problems + 1))
    fi
  done
done < <(find bicep -name '*.bicep' -type f | sort)
if [ "$bicep_files" -eq 0 ]; then
  echo "lint-deploy: no .bicep file found under bicep/" >&2
  exit 1
fi
if [ "$bicep_problems" -ne 0 ]; then
  echo "bicep: $bicep_problems of $((bicep_files * 2)) build/lint run(s) failed (Bicep CLI $bicep_version)" >&2
  exit 1
fi
echo "bicep: $bicep_files file(s) built and linted, no errors or warnings (Bicep CLI $bicep_version)"

# --- Dockerfile and Kubernetes manifests (npm) -----------------------------------------------------------------------
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
