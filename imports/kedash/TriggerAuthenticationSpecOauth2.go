package kedash


type TriggerAuthenticationSpecOauth2 struct {
	ClientId *string `field:"required" json:"clientId" yaml:"clientId"`
	TokenUrl *string `field:"required" json:"tokenUrl" yaml:"tokenUrl"`
	Type TriggerAuthenticationSpecOauth2Type `field:"required" json:"type" yaml:"type"`
	ClientSecret *TriggerAuthenticationSpecOauth2ClientSecret `field:"optional" json:"clientSecret" yaml:"clientSecret"`
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
	TokenUrlParams *map[string]*string `field:"optional" json:"tokenUrlParams" yaml:"tokenUrlParams"`
}

