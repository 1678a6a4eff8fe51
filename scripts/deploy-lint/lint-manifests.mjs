// Validates every Kubernetes manifest under the given directory against the Kubernetes API schemas
// (the kubernetes-models package): unknown kinds, wrong types and missing required fields fail.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import * as apps from "kubernetes-models/apps/v1";
import * as core from "kubernetes-models/v1";
import * as networking from "kubernetes-models/networking.k8s.io/v1";
import * as policy from "kubernetes-models/policy/v1";
import * as rbac from "kubernetes-models/rbac.authorization.k8s.io/v1";

const models = {
  "apps/v1": apps,
  v1: core,
  "networking.k8s.io/v1": networking,
  "policy/v1": policy,
  "rbac.authorization.k8s.io/v1": rbac,
};

const directory = process.argv[2];
let problems = 0;
let checked = 0;
for (const file of readdirSync(directory).filter((name) => name.endsWith(".yaml")).sort()) {
  for (const document of parseAllDocuments(readFileSync(join(directory, file), "utf8"))) {
    if (document.errors.length > 0) {
      problems++;
      console.error(`${file}: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const manifest = document.toJS();
    if (manifest.apiVersion?.startsWith("kustomize.config.k8s.io/")) {
      continue; // kustomize's own file, not an API object
    }
    const Model = models[manifest.apiVersion]?.[manifest.kind];
    if (!Model) {
      problems++;
      console.error(`${file}: no schema for ${manifest.apiVersion} ${manifest.kind}`);
      continue;
    }
    try {
      new Model(manifest).validate();
      checked++;
    } catch (error) {
      problems++;
      console.error(`${file}: ${manifest.kind}/${manifest.metadata?.name}: ${error.message}`);
    }
  }
}
console.log(`kubernetes manifests: ${checked} valid, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
