package kedash


type TriggerAuthenticationSpecGcpSecretManager struct {
	Secrets *[]*TriggerAuthenticationSpecGcpSecretManagerSecrets `field:"required" json:"secrets" yaml:"secrets"`
	Credentials *TriggerAuthenticationSpecGcpSecretManagerCredentials `field:"optional" json:"credentials" yaml:"credentials"`
	// AuthPodIdentity allows users to select the platform native identity mechanism.
	PodIdentity *TriggerAuthenticationSpecGcpSecretManagerPodIdentity `field:"optional" json:"podIdentity" yaml:"podIdentity"`
}

