package monitoringcoreoscom


// Mechanism used to select the endpoints to scrape.
//
// By default, the selection process relies on relabel configurations to filter the discovered targets.
// Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
// Which strategy is best for your use case needs to be carefully evaluated.
//
// It requires Prometheus >= v2.17.0.
type PodMonitorSpecSelectorMechanism string

const (
	// RelabelConfig.
	PodMonitorSpecSelectorMechanism_RELABEL_CONFIG PodMonitorSpecSelectorMechanism = "RELABEL_CONFIG"
	// RoleSelector.
	PodMonitorSpecSelectorMechanism_ROLE_SELECTOR PodMonitorSpecSelectorMechanism = "ROLE_SELECTOR"
)

