package kedash


type TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData struct {
	AltNames *string `field:"optional" json:"altNames" yaml:"altNames"`
	CommonName *string `field:"optional" json:"commonName" yaml:"commonName"`
	Format *string `field:"optional" json:"format" yaml:"format"`
	IpSans *string `field:"optional" json:"ipSans" yaml:"ipSans"`
	OtherSans *string `field:"optional" json:"otherSans" yaml:"otherSans"`
	Ttl *string `field:"optional" json:"ttl" yaml:"ttl"`
	UriSans *string `field:"optional" json:"uriSans" yaml:"uriSans"`
}

