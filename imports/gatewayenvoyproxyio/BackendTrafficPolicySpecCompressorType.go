package gatewayenvoyproxyio


// CompressorType defines the compressor type to use for compression.
type BackendTrafficPolicySpecCompressorType string

const (
	// Gzip.
	BackendTrafficPolicySpecCompressorType_GZIP BackendTrafficPolicySpecCompressorType = "GZIP"
	// Brotli.
	BackendTrafficPolicySpecCompressorType_BROTLI BackendTrafficPolicySpecCompressorType = "BROTLI"
	// Zstd.
	BackendTrafficPolicySpecCompressorType_ZSTD BackendTrafficPolicySpecCompressorType = "ZSTD"
)

