package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

