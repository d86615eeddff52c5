package kedash


type TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret struct {
	ValueFrom *TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom `field:"required" json:"valueFrom" yaml:"valueFrom"`
}

