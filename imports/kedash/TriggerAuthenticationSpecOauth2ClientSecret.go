package kedash


type TriggerAuthenticationSpecOauth2ClientSecret struct {
	ValueFrom *TriggerAuthenticationSpecOauth2ClientSecretValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

