package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

