package gatewayenvoyproxyio


// Compression defines the config of enabling compression.
//
// This can help reduce the bandwidth at the expense of higher CPU.
type BackendTrafficPolicySpecCompressor struct {
	// CompressorType defines the compressor type to use for compression.
	Type BackendTrafficPolicySpecCompressorType `field:"required" json:"type" yaml:"type"`
	// The configuration for Brotli compressor.
	Brotli interface{} `field:"optional" json:"brotli" yaml:"brotli"`
	// The configuration for GZIP compressor.
	Gzip interface{} `field:"optional" json:"gzip" yaml:"gzip"`
	// MinContentLength defines the minimum response size in bytes to apply compression.
	//
	// Responses smaller than this threshold will not be compressed.
	// Must be at least 30 bytes as enforced by Envoy Proxy.
	// Note that when the suffix is not provided, the value is interpreted as bytes.
	// Default: 30 bytes.
	MinContentLength BackendTrafficPolicySpecCompressorMinContentLength `field:"optional" json:"minContentLength" yaml:"minContentLength"`
	// The configuration for Zstd compressor.
	Zstd interface{} `field:"optional" json:"zstd" yaml:"zstd"`
}

