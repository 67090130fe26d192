package com.campaigntracker;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.campaigntracker.tracking.TrackingRoutes;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("campaign-tracker")
// Installable on a phone (README, Install on a phone). Vaadin makes the icon's sizes from icons/icon.png (drawn by
// the test-side AppIcon), serves the service worker and precaches the static offline page, which is all that works
// offline. Our own static manifest.webmanifest (META-INF/resources) is served instead of the generated one: it adds
// the language of the name and the scope, which @PWA cannot say; keep its name, start and colours as here.
@PWA(name = "营销执行进度跟进", shortName = "进度跟进",
        description = "营销活动执行进度跟进：我的任务、进度更新、预警",
        iconPath = "icons/icon.png", offlinePath = "offline.html",
        startPath = TrackingRoutes.MY_TASKS, themeColor = "#ffffff", backgroundColor = "#ffffff")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
