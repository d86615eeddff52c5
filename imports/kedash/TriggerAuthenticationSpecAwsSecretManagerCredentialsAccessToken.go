package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken struct {
	ValueFrom *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

