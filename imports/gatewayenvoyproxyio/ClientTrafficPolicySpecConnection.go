package gatewayenvoyproxyio


// Connection includes client connection settings.
type ClientTrafficPolicySpecConnection struct {
	// BufferLimit provides configuration for the maximum buffer size in bytes for each incoming connection.
	//
	// BufferLimit applies to connection streaming (maybe non-streaming) channel between processes, it's in user space.
	// For example, 20Mi, 1Gi, 256Ki etc.
	// Note that when the suffix is not provided, the value is interpreted as bytes.
	// Default: 32768 bytes.
	BufferLimit ClientTrafficPolicySpecConnectionBufferLimit `field:"optional" json:"bufferLimit" yaml:"bufferLimit"`
	// ConnectionLimit defines limits related to connections.
	ConnectionLimit *ClientTrafficPolicySpecConnectionConnectionLimit `field:"optional" json:"connectionLimit" yaml:"connectionLimit"`
	// MaxAcceptPerSocketEvent provides configuration for the maximum number of connections to accept from the kernel per socket event.
	//
	// If there are more than MaxAcceptPerSocketEvent connections pending accept, connections over
	// this threshold will be accepted in later event loop iterations.
	// Defaults to 1 and can be disabled by setting to 0 for allowing unlimited accepted connections.
	// Default: 1 and can be disabled by setting to 0 for allowing unlimited accepted connections.
	//
	MaxAcceptPerSocketEvent *float64 `field:"optional" json:"maxAcceptPerSocketEvent" yaml:"maxAcceptPerSocketEvent"`
	// SocketBufferLimit provides configuration for the maximum buffer size in bytes for each incoming socket.
	//
	// SocketBufferLimit applies to socket streaming channel between TCP/IP stacks, it's in kernel space.
	// For example, 20Mi, 1Gi, 256Ki etc.
	// Note that when the suffix is not provided, the value is interpreted as bytes.
	SocketBufferLimit ClientTrafficPolicySpecConnectionSocketBufferLimit `field:"optional" json:"socketBufferLimit" yaml:"socketBufferLimit"`
}

