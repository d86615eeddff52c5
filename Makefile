# Every target works from a fresh clone: prerequisites install what is
# missing (npm tools, generated Go bindings) and are no-ops when current.
SHELL := /bin/bash
.DEFAULT_GOAL := synth

# Node 24 from package.json, ahead of the machine's end-of-life Node 20.
export PATH := $(CURDIR)/node_modules/.bin:$(PATH)
export CDK8S_CHECK_UPGRADE := false
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
# The jsii runtime's Node child lives for one synth: a small young
# generation keeps its peak memory about 30 MiB lower at no cost in time
# (make bench). The jsii runtime reads the environment when the cdk8s
# packages initialise, before main runs, so it is set here.
export NODE_OPTIONS ?= --max-old-space-size=4069 --max-semi-space-size=2

GATEWAY_API_VERSION := v1.4.1
ENVOY_GATEWAY_VERSION := v1.9.1
KEDA_VERSION := v2.21.0
CERT_MANAGER_VERSION := v1.21.2
PROMETHEUS_OPERATOR_VERSION := v0.85.0
BIN := .cache/bin/dograh-cdk8s
NPM_STAMP := node_modules/.installed
GEN_STAMP := .gen/.generated

.PHONY: synth build test e2e bench gen imports clean runtime runtime-deps

# npm ships a Go package (node_modules/flatted/golang); it is not ours.
PKGS = $$(go list ./... ./constructs/... ./imports/... ./e2e/... | grep -v /node_modules/)

synth: build ## Synthesize every reference topology into dist/
	cdk8s synth
	@# The CLI lists its scratch copy and keeps the app's output to itself:
	@# show what landed in dist/, then every topology's NOTES.
	@echo "wrote:"; for f in dist/*.k8s.yaml; do echo "  - $$f"; done
	@for f in dist/*.NOTES.md; do echo; cat "$$f"; done

build: $(GEN_STAMP)
	go build -o $(BIN) .

test: $(GEN_STAMP) runtime-deps ## Run every test: unit, real control plane, runtime suite
	go test -count=1 -timeout 30m $(PKGS)

e2e: $(GEN_STAMP) ## Run only the real-control-plane suite
	go test -count=1 -timeout 30m -v ./e2e/

# Debian packages the runtime suite runs (e2e/runtime, e2e/podrun): the
# sandbox (bubblewrap, iproute2, util-linux's nsenter/setpriv), the call
# network (nftables for the load balancer's DNAT, conntrack to drop its
# flows as kube-proxy does), and the real
# programs that stand in for the images' (coturn, redis-server, PostgreSQL
# 15, busybox for Alpine images, python3-aiortc for WebRTC clients). The
# stamp records the list: changing it reinstalls; apt-get update runs only
# when a package is not installable from the current lists.
RUNTIME_PACKAGES := bubblewrap iproute2 util-linux nftables conntrack coturn redis-server postgresql postgresql-contrib busybox python3-aiortc locales
RUNTIME_STAMP := .cache/runtime-deps.$(shell echo $(RUNTIME_PACKAGES) | md5sum | cut -c1-8)

runtime-deps: $(RUNTIME_STAMP) ## Install the Debian packages the runtime suite needs

$(RUNTIME_STAMP):
	@mkdir -p .cache
	@missing=$$(for p in $(RUNTIME_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get install -y -q --no-install-recommends $$missing || { apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; }; \
	fi
	@rm -f .cache/runtime-deps.*
	touch $@

runtime: runtime-deps ## Run what dist/ renders under a kubelet-like runner (needs root)
	go test -count=1 -timeout 20m -v ./e2e/runtime/ ./e2e/podrun/

bench: $(GEN_STAMP) build ## Measure synth time and memory against the jsii floor
	go test -run '^$$' -bench . -benchtime 5x ./internal/bench/

gen: $(GEN_STAMP)

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# cdk8s-team/* Go modules are not on the Go proxy: build them from the
# pinned npm packages. go.mod replaces them with these folders.
$(GEN_STAMP): $(NPM_STAMP)
	rm -rf .gen
	jsii-pacmak --target go --code-only -o .gen node_modules/cdk8s node_modules/cdk8s-plus-28
	touch $@

# moddir prints the folder of a Go module version in the module cache.
moddir = $$(go mod download -json $(1) | sed -n 's/.*"Dir": "\(.*\)",/\1/p')

# Regenerate imports/ from the CRDs of pinned Go modules (committed; run
# after changing a version). One bundle per API group: `cdk8s import`
# overwrites a group's package.
imports: $(NPM_STAMP)
	mkdir -p .cache/crds
	dir=$(call moddir,sigs.k8s.io/gateway-api@$(GATEWAY_API_VERSION))/config/crd/standard; \
	  { cat $$dir/gateway.networking.k8s.io_gateways.yaml; echo '---'; \
	    cat $$dir/gateway.networking.k8s.io_httproutes.yaml; } > .cache/crds/gateway-api.yaml
	dir=$(call moddir,github.com/envoyproxy/gateway@$(ENVOY_GATEWAY_VERSION))/charts/gateway-helm/charts/crds/crds/generated; \
	  { cat $$dir/gateway.envoyproxy.io_clienttrafficpolicies.yaml; echo '---'; \
	    cat $$dir/gateway.envoyproxy.io_backendtrafficpolicies.yaml; } > .cache/crds/envoy-gateway.yaml
	dir=$(call moddir,github.com/kedacore/keda/v2@$(KEDA_VERSION))/config/crd/bases; \
	  cat $$dir/keda.sh_scaledobjects.yaml $$dir/keda.sh_triggerauthentications.yaml > .cache/crds/keda.yaml
	dir=$(call moddir,github.com/cert-manager/cert-manager@$(CERT_MANAGER_VERSION))/deploy/crds; \
	  cat $$dir/cert-manager.io_certificates.yaml > .cache/crds/cert-manager.yaml
	dir=$(call moddir,github.com/prometheus-operator/prometheus-operator@$(PROMETHEUS_OPERATOR_VERSION))/example/prometheus-operator-crd; \
	  cat $$dir/monitoring.coreos.com_podmonitors.yaml $$dir/monitoring.coreos.com_servicemonitors.yaml > .cache/crds/prometheus-operator.yaml
	rm -rf imports/gatewaynetworkingk8sio imports/gatewayenvoyproxyio imports/kedash imports/certmanagerio imports/monitoringcoreoscom
	cdk8s import

clean:
	rm -rf .gen .cache node_modules
