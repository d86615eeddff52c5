package kedash


// AwsSecretManager is used to authenticate using AwsSecretManager.
type TriggerAuthenticationSpecAwsSecretManager struct {
	Secrets *[]*TriggerAuthenticationSpecAwsSecretManagerSecrets `field:"required" json:"secrets" yaml:"secrets"`
	Credentials *TriggerAuthenticationSpecAwsSecretManagerCredentials `field:"optional" json:"credentials" yaml:"credentials"`
	// AuthPodIdentity allows users to select the platform native identity mechanism.
	PodIdentity *TriggerAuthenticationSpecAwsSecretManagerPodIdentity `field:"optional" json:"podIdentity" yaml:"podIdentity"`
	Region *string `field:"optional" json:"region" yaml:"region"`
}

