package com.campaigntracker.files;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code app.files.store=s3}: the bucket named by {@code app.files.s3.*} (README, Files). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.files.store", havingValue = "s3")
class S3StoreConfiguration {

    @Bean(destroyMethod = "close")
    S3Client fileBucketClient(@Value("${app.files.s3.endpoint:}") String endpoint,
                              @Value("${app.files.s3.region:us-east-1}") String region,
                              @Value("${app.files.s3.access-key}") String accessKey,
                              @Value("${app.files.s3.secret-key}") String secretKey,
                              @Value("${app.files.s3.path-style:true}") boolean pathStyle) {
        var builder = S3Client.builder().region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .forcePathStyle(pathStyle);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    @Bean
    FileStore s3FileStore(S3Client fileBucketClient, @Value("${app.files.s3.bucket}") String bucket) {
        S3FileStore store = new S3FileStore(fileBucketClient, bucket);
        store.ensureBucket();
        return store;
    }
}
