package netpol_test

import (
	"fmt"
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"sigs.k8s.io/yaml"

	"github.com/dograh-hq/dograh-cdk8s/constructs/netpol"
)

// A shop's api receives traffic from the ingress controller's namespace and
// talks to its database; nothing else gets in or out, except DNS.
func ExampleNewFirewall() {
	outdir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(outdir)
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(outdir)})
	chart := cdk8s.NewChart(app, jsii.String("shop"), &cdk8s.ChartProps{Namespace: jsii.String("shop")})

	api := map[string]string{"app.kubernetes.io/component": "api"}
	db := map[string]string{"app.kubernetes.io/component": "db"}
	fw := netpol.NewFirewall(chart, "firewall", &netpol.FirewallProps{
		Name:        "shop",
		PodSelector: map[string]string{"app.kubernetes.io/name": "shop"},
		Rules: []netpol.Rule{{
			Name:      "api-from-ingress",
			Direction: netpol.Ingress,
			Pods:      api,
			Peers:     []netpol.Peer{netpol.Namespaces(map[string]string{netpol.NamespaceNameLabel: "ingress-nginx"})},
			Ports:     []netpol.Port{netpol.TCP(8000)},
		}},
		// Egress on api and ingress on db, in one declaration.
		Flows: []netpol.Flow{{Name: "api-to-db", From: api, To: db, Ports: []netpol.Port{netpol.TCP(5432)}}},
	})
	for _, p := range fw.Policies() {
		fmt.Println(*p.Name())
	}

	// Check the rendered policies without a cluster.
	var objs []map[string]any
	for _, p := range fw.Policies() {
		var obj map[string]any
		raw, _ := yaml.Marshal(p.ToJson())
		_ = yaml.Unmarshal(raw, &obj)
		objs = append(objs, obj)
	}
	policies, _ := netpol.PoliciesFromObjects(objs, "")
	e, _ := netpol.NewEvaluator(policies, nil)
	pod := func(c string) netpol.Endpoint {
		return netpol.PodEndpoint("shop", map[string]string{"app.kubernetes.io/name": "shop", "app.kubernetes.io/component": c})
	}
	controller := netpol.PodEndpoint("ingress-nginx", map[string]string{"app": "controller"})
	for _, c := range []struct {
		from, to netpol.Endpoint
		port     netpol.Port
	}{
		{controller, pod("api"), netpol.TCP(8000)},
		{pod("api"), pod("db"), netpol.TCP(5432)},
		{controller, pod("db"), netpol.TCP(5432)},
		{pod("db"), netpol.ExternalEndpoint("203.0.113.9"), netpol.TCP(443)},
	} {
		v, _ := e.Check(c.from, c.to, c.port)
		fmt.Println(v)
	}
	// Output:
	// shop-default-deny
	// shop-allow-dns
	// shop-api-from-ingress
	// shop-api-to-db-egress
	// shop-api-to-db-ingress
	// ingress-nginx/{app=controller} -> shop/{app.kubernetes.io/component=api,app.kubernetes.io/name=shop} 8000/TCP: allowed (egress: not isolated; ingress: allowed by shop/shop-api-from-ingress)
	// shop/{app.kubernetes.io/component=api,app.kubernetes.io/name=shop} -> shop/{app.kubernetes.io/component=db,app.kubernetes.io/name=shop} 5432/TCP: allowed (egress: allowed by shop/shop-api-to-db-egress; ingress: allowed by shop/shop-api-to-db-ingress)
	// ingress-nginx/{app=controller} -> shop/{app.kubernetes.io/component=db,app.kubernetes.io/name=shop} 5432/TCP: denied (egress: not isolated; ingress: isolated by shop/shop-default-deny, shop/shop-api-to-db-ingress; no rule matches)
	// shop/{app.kubernetes.io/component=db,app.kubernetes.io/name=shop} -> 203.0.113.9 443/TCP: denied (egress: isolated by shop/shop-default-deny, shop/shop-allow-dns; no rule matches; ingress: outside the cluster)
}
