package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey struct {
	ValueFrom *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

