package gatewayenvoyproxyio


// Connection includes backend connection settings.
type BackendTrafficPolicySpecConnection struct {
	// BufferLimit Soft limit on size of the cluster’s connections read and write buffers.
	//
	// BufferLimit applies to connection streaming (maybe non-streaming) channel between processes, it's in user space.
	// If unspecified, an implementation defined default is applied (32768 bytes).
	// For example, 20Mi, 1Gi, 256Ki etc.
	// Note: that when the suffix is not provided, the value is interpreted as bytes.
	BufferLimit BackendTrafficPolicySpecConnectionBufferLimit `field:"optional" json:"bufferLimit" yaml:"bufferLimit"`
	// Preconnect configures proactive upstream connections to reduce latency by establishing connections before they’re needed and avoiding connection establishment overhead.
	//
	// If unset, Envoy will fetch connections as needed to serve in-flight requests.
	Preconnect *BackendTrafficPolicySpecConnectionPreconnect `field:"optional" json:"preconnect" yaml:"preconnect"`
	// SocketBufferLimit provides configuration for the maximum buffer size in bytes for each socket to backend.
	//
	// SocketBufferLimit applies to socket streaming channel between TCP/IP stacks, it's in kernel space.
	// For example, 20Mi, 1Gi, 256Ki etc.
	// Note that when the suffix is not provided, the value is interpreted as bytes.
	SocketBufferLimit BackendTrafficPolicySpecConnectionSocketBufferLimit `field:"optional" json:"socketBufferLimit" yaml:"socketBufferLimit"`
}

