package kedash


type TriggerAuthenticationSpecGcpSecretManagerSecrets struct {
	Id *string `field:"required" json:"id" yaml:"id"`
	Parameter *string `field:"required" json:"parameter" yaml:"parameter"`
	Version *string `field:"optional" json:"version" yaml:"version"`
}

