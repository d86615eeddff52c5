package gatewayenvoyproxyio


// CompressorType defines the compressor type to use for compression.
type BackendTrafficPolicySpecCompressionType string

const (
	// Gzip.
	BackendTrafficPolicySpecCompressionType_GZIP BackendTrafficPolicySpecCompressionType = "GZIP"
	// Brotli.
	BackendTrafficPolicySpecCompressionType_BROTLI BackendTrafficPolicySpecCompressionType = "BROTLI"
	// Zstd.
	BackendTrafficPolicySpecCompressionType_ZSTD BackendTrafficPolicySpecCompressionType = "ZSTD"
)

