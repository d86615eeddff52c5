package kedash


type TriggerAuthenticationSpecOauth2ClientSecretValueFrom struct {
	SecretKeyRef *TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef `field:"required" json:"secretKeyRef" yaml:"secretKeyRef"`
}

