package kedash


type TriggerAuthenticationSpecAwsSecretManagerCredentials struct {
	AccessKey *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey `field:"required" json:"accessKey" yaml:"accessKey"`
	AccessSecretKey *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey `field:"required" json:"accessSecretKey" yaml:"accessSecretKey"`
	AccessToken *TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken `field:"optional" json:"accessToken" yaml:"accessToken"`
}

