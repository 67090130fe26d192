package com.campaigntracker.notify;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectChannelRepository extends JpaRepository<ProjectChannel, Long> {

    List<ProjectChannel> findByProjectIdOrderById(long projectId);
}
