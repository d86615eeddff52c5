// Command floor synthesizes a single ConfigMap: the least any cdk8s-in-Go
// program pays for starting the jsii runtime and its Node child. The
// benchmark compares the real synth against it.
package main

import (
	"os"

	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

func main() {
	app := cdk8s.NewApp(&cdk8s.AppProps{Outdir: jsii.String(os.Args[1])})
	chart := cdk8s.NewChart(app, jsii.String("floor"), nil)
	k8s.NewKubeConfigMap(chart, jsii.String("config"), &k8s.KubeConfigMapProps{
		Data: &map[string]*string{"key": jsii.String("value")},
	})
	app.Synth()
	jsii.Close()
}
