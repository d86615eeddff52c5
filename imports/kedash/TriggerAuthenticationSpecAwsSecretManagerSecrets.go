package kedash


type TriggerAuthenticationSpecAwsSecretManagerSecrets struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Parameter *string `field:"required" json:"parameter" yaml:"parameter"`
	SecretKey *string `field:"optional" json:"secretKey" yaml:"secretKey"`
	VersionId *string `field:"optional" json:"versionId" yaml:"versionId"`
	VersionStage *string `field:"optional" json:"versionStage" yaml:"versionStage"`
}

