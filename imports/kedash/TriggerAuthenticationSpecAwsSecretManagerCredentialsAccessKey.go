package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey struct {
	ValueFrom *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

