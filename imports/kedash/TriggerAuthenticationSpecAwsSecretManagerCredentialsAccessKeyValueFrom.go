package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

